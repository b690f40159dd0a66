/**
 * The fonts on this machine by role (标题 小标宋, 正文 仿宋, 黑体, 楷体, 宋体): scanning the system's and the
 * user's folders, faces with CFF outlines converted to TrueType once and kept in the user's cache
 * folder ({@code outline} converts), TrueType faces parsed once per thread, the CSS font stacks,
 * the page numbers' placement, and the check that every character of a page has a glyph.
 */
package org.baogao.fonts;
