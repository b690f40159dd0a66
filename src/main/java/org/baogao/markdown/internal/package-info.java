/**
 * flexmark extensions for Chinese text (soft breaks between Han characters, emphasis next to Chinese
 * punctuation). Used by {@code markdown} only.
 */
package org.baogao.markdown.internal;
