/**
 * Stage 4, beside the PDF, the Word document: the same print page written with POI in Word's own
 * terms, styles per role under Chinese names, the page and grid of GB/T 9704, outline levels,
 * page-number fields; or into a unit's template. Uses {@code print}, {@code fonts} (the roles'
 * font names), {@code content} and {@code layout} (the page model, title lines, signature).
 */
package org.baogao.docx;
