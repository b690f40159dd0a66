/**
 * {@code baogao.yml}: the archive's name, its listings (taxonomies), the names of the document types
 * and the project's print settings. Uses {@code print}.
 */
package org.baogao.config;
