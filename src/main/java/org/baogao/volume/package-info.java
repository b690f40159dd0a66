/**
 * Stage 6, the meetings' bound volumes (汇编): the reports of a meeting in the order of rank, bound
 * from their rendered PDFs behind a cover and a 目录 from the templates, with page numbers of the
 * volume in place of their own; and the archive's volumes, bound again only when what they bind
 * changed. Uses {@code chinese}, {@code fonts}, {@code publish}, {@code config}, {@code content},
 * {@code layout}, {@code pdf} and {@code site}.
 */
package org.baogao.volume;
