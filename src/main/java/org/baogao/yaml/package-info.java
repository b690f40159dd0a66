/**
 * Reading YAML: one reader with the limits, the scalars and the line numbers that front matter,
 * {@code baogao.yml}, print settings, skeletons and the glossary share. A leaf: uses no other
 * package of baogao.
 */
package org.baogao.yaml;
