package org.baogao.layout;

import java.io.IOException;
import java.io.Reader;

import freemarker.cache.TemplateLoader;

/**
 * A template loader that tells {@link TemplateUse} of every name FreeMarker looks up, found or
 * not, before handing the lookup on. FreeMarker looks a template up again on every use when its
 * update delay is zero (a file's time and nothing more when it is unchanged), so every rendering
 * records all it used, not only the first to load it.
 */
final class RecordingTemplateLoader implements TemplateLoader {

    private final TemplateLoader loader;
    private final TemplateUse use;

    RecordingTemplateLoader(TemplateLoader loader, TemplateUse use) {
        this.loader = loader;
        this.use = use;
    }

    @Override
    public Object findTemplateSource(String name) throws IOException {
        use.asked(name);
        return loader.findTemplateSource(name);
    }

    @Override
    public long getLastModified(Object templateSource) {
        return loader.getLastModified(templateSource);
    }

    @Override
    public Reader getReader(Object templateSource, String encoding) throws IOException {
        return loader.getReader(templateSource, encoding);
    }

    @Override
    public void closeTemplateSource(Object templateSource) throws IOException {
        loader.closeTemplateSource(templateSource);
    }
}
