/**
 * The build: every report through the stages (read, check, render page, PDF and Word document) on a
 * thread pool, then the archive, the meetings' volumes, the build cache with the key of every input,
 * and publishing; pages ahead of a build for the preview. Uses every stage below it: {@code config},
 * {@code content}, {@code markdown}, {@code layout}, {@code lint}, {@code pdf}, {@code docx},
 * {@code site}, {@code volume}, {@code publish}, {@code fonts}, {@code print} and {@code chinese}.
 */
package org.baogao.pipeline;
