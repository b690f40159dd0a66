/**
 * The project on disk: found from the working folder upward, its templates over the built-in ones
 * that come inside the jar, and what {@code init} writes for a new one. A leaf: uses only
 * {@code text}.
 */
package org.baogao.project;
