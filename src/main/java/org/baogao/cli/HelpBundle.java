package org.baogao.cli;

import java.util.Collections;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The catalogue as picocli reads it when the command is called by the name the user typed
 * ({@code ./baogao}, {@code bin\baogao.cmd}): picocli qualifies help keys by the command's name,
 * so {@code baogao.build.usage.header} is offered as {@code ./baogao.build.usage.header} too.
 */
final class HelpBundle extends ResourceBundle {

    private static final String ROOT = "baogao.";

    private final ResourceBundle catalogue;
    private final String prefix;

    HelpBundle(ResourceBundle catalogue, String commandName) {
        this.catalogue = catalogue;
        this.prefix = commandName + ".";
    }

    @Override
    protected Object handleGetObject(String key) {
        if (!prefix.equals(ROOT) && key.startsWith(prefix)) {
            String own = ROOT + key.substring(prefix.length());
            if (catalogue.containsKey(own)) return catalogue.getObject(own);
        }
        return catalogue.containsKey(key) ? catalogue.getObject(key) : null;
    }

    @Override
    public Enumeration<String> getKeys() {
        return Collections.enumeration(handleKeySet());
    }

    @Override
    protected Set<String> handleKeySet() {
        Set<String> keys = new HashSet<>(catalogue.keySet());
        for (String k : catalogue.keySet()) {
            if (k.startsWith(ROOT)) keys.add(prefix + k.substring(ROOT.length()));
        }
        return keys;
    }
}
