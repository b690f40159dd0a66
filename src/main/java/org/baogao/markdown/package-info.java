/**
 * Stage 2, the body: flexmark set up for CommonMark and tables, the Chinese structure pass (headings
 * from the numbering, heading sentences), typography, sanitising, and the limits a body is held to.
 * Uses {@code chinese} and {@code content}; its {@code internal} package is its own.
 */
package org.baogao.markdown;
