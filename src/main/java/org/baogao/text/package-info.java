/**
 * The message catalogue: every line baogao prints for people, in Chinese and in English, and how
 * the language and the command's name are chosen. A leaf that every stage may use, so that a
 * message is worded once, where it is made.
 */
package org.baogao.text;
