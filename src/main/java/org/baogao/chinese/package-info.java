/**
 * The conventions of Chinese official writing that several stages share, so that they agree: the
 * four levels of heading numbers ({@code 一、} {@code （一）} {@code 1.} {@code （1）}) and dates written
 * in Chinese. A leaf: uses no other package of baogao.
 */
package org.baogao.chinese;
