/**
 * Stage 1, read: report files found in the content folder, read as UTF-8 or GB18030, their front matter
 * bound to typed metadata, the skeletons of the document types, and {@link org.baogao.content.Problem},
 * the located message every stage reports in. Uses {@code chinese} and {@code print}.
 */
package org.baogao.content;
