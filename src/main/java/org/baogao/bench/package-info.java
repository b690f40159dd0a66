/**
 * Measuring: the deterministic corpus generator and the preview server's benchmark. An entry point:
 * uses {@code serve}, {@code pipeline} and the stages below, and {@code logs}.
 */
package org.baogao.bench;
