/**
 * Stage 5, the archive: the catalogue of published reports, its home, listing and search pages, and
 * the search index. Uses {@code chinese}, {@code config}, {@code content}, {@code layout} and
 * {@code publish}.
 */
package org.baogao.site;
