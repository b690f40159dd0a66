/**
 * 查重: what each report shares with the other reports of the archive. Bodies normalised
 * ({@link org.baogao.similar.Normaliser}), winnowed fingerprints, one index over the archive, exact
 * passages, formulas left out; {@link org.baogao.similar.Similarity} is the one entry point. Uses
 * {@code config} (its settings) and {@code content} (reading report files).
 */
package org.baogao.similar;
