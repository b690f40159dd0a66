package org.baogao.pdf;

import java.util.function.Supplier;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;

/**
 * JAXP's factories named once, as the JVM would find them. Without a name, every {@code
 * newInstance()} searches each jar of the class path for a provider; for each document the
 * serializer of the renderer's PDF/A metadata (xmpbox) asks for both and the page's W3C DOM for a
 * document builder, and the search was about 1 % of a full build's Java samples. A factory is named only when the search finds
 * the JVM's own, so that the same one is made, and never over a name the user gave.
 */
final class XmlFactories {

    private XmlFactories() {}

    static void name() {
        name("javax.xml.transform.TransformerFactory", TransformerFactory::newInstance, TransformerFactory::newDefaultInstance);
        name("javax.xml.parsers.DocumentBuilderFactory", DocumentBuilderFactory::newInstance, DocumentBuilderFactory::newDefaultInstance);
    }

    /** Names the class {@code found} makes as {@code property}, when {@code own} (the JVM's) makes the same and the property is not set. */
    static void name(String property, Supplier<Object> found, Supplier<Object> own) {
        if (System.getProperty(property) != null) return;
        Class<?> c = found.get().getClass();
        if (c == own.get().getClass()) System.setProperty(property, c.getName());
    }
}
