/**
 * Stage 3, the page: FreeMarker layouts chosen by the report's type, the page model the templates see
 * (title lines, signature, outline, its place in the archive), for the screen and for print. Uses
 * {@code chinese}, {@code print}, {@code fonts}, {@code content} and {@code markdown}.
 */
package org.baogao.layout;
