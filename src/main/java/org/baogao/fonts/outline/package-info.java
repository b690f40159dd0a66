/**
 * OpenType fonts with CFF (PostScript) outlines rewritten as TrueType fonts, which is what PDFBox
 * can embed and subset: cubic outlines cut into quadratic ones, the glyf, loca, hmtx and cmap
 * tables written anew, the sfnt file assembled with its checksums; and TrueType faces cut down to
 * the glyphs of a page, for PDFBox to embed. Knows nothing of roles or caching; uses no other
 * package of baogao but its messages.
 */
package org.baogao.fonts.outline;
