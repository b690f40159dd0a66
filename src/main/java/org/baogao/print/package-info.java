/**
 * The print settings (cover page, bold heading levels, page numbers) that {@code baogao.yml} and a
 * report's front matter may give, and their YAML reading. A leaf: uses no other package of baogao.
 */
package org.baogao.print;
