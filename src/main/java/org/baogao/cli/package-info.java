/**
 * The commands ({@code build}, {@code new}, {@code import}, {@code lint}, {@code serve}, {@code fonts}),
 * their options, help and progress line. The top: may use every package but {@code bench}.
 */
package org.baogao.cli;
