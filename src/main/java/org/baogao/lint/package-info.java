/**
 * The checks: the rules of {@code baogao lint} with their safe fixes, the glossary of masked words,
 * and the check before publishing that the build runs on every report. Uses {@code chinese},
 * {@code print}, {@code fonts}, {@code content} and {@code markdown}.
 */
package org.baogao.lint;
