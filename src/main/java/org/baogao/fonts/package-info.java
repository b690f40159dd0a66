/**
 * The fonts on this machine by role (标题 小标宋, 正文 仿宋, 黑体, 楷体, 宋体): scanning the system's and the
 * user's folders, TrueType faces parsed once per thread, the CSS font stacks, and the check that
 * every character of a page has a glyph. A leaf: uses no other package of baogao.
 */
package org.baogao.fonts;
