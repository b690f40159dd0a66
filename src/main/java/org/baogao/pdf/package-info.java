/**
 * Stage 4, the PDF: a print page typeset by OpenHTMLtoPDF on PDFBox with embedded subset fonts, bold
 * drawn where a family has none, runs of punctuation kept whole across lines. Uses {@code fonts}.
 */
package org.baogao.pdf;
