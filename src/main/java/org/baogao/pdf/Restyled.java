package org.baogao.pdf;

import org.w3c.dom.Element;

/**
 * An element of a page laid out once, changed so that the next layout styles it again. The
 * renderer matches an element's style sheets once and keeps the result by the element itself (its
 * {@code Matcher} holds a map from element to rules), so a class or style attribute set on an
 * element it has laid out is never read: the element is replaced by a copy of itself, which the
 * renderer has not seen, and the change made on the copy.
 */
final class Restyled {

    private Restyled() {}

    /** {@code e} replaced in its document by a deep copy carrying {@code name} among its classes; the copy. */
    static Element withClass(Element e, String name) {
        Element copy = replaced(e);
        addClass(copy, name);
        return copy;
    }

    /** Adds {@code name} to the classes of an element the renderer has not styled yet (one just made). */
    static void addClass(Element e, String name) {
        String classes = e.getAttribute("class");
        e.setAttribute("class", classes.isEmpty() ? name : classes + " " + name);
    }

    /** {@code e} replaced in its document by a deep copy with {@code declaration} added to its style; the copy. */
    static Element withStyle(Element e, String declaration) {
        Element copy = replaced(e);
        String style = copy.getAttribute("style");
        copy.setAttribute("style", style.isEmpty() ? declaration : style + "; " + declaration);
        return copy;
    }

    private static Element replaced(Element e) {
        Element copy = (Element) e.cloneNode(true);
        e.getParentNode().replaceChild(copy, e);
        return copy;
    }
}
