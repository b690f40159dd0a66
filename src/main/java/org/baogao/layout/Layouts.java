package org.baogao.layout;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

import org.baogao.project.BuiltInTemplates;
import org.baogao.project.TemplateSet;
import org.baogao.text.Causes;
import org.baogao.text.Messages;

/**
 * The FreeMarker layouts of a project: its templates folder over the built-in templates
 * ({@link TemplateSet}). Each {@code <type>.ftlh} at the top level makes a document type exist; files whose names start with {@code _} are shared partials and macros, and
 * {@code site/} holds the archive's own pages.
 *
 * <p>Templates are loaded only from those folders, in HTML auto-escaping mode, and cannot create
 * objects ({@code ?new}) or reach Java APIs ({@code ?api}).
 */
public final class Layouts {

    public static final String EXTENSION = ".ftlh";

    private final Configuration cfg;
    private final TemplateSet templates;
    private final Set<String> types;
    private final TemplateUse use = new TemplateUse();

    /** @param folder the project's templates folder; it need not exist */
    public Layouts(Path folder) throws LayoutException {
        this.templates = TemplateSet.of(folder);
        cfg = new Configuration(Configuration.VERSION_2_3_35);
        List<TemplateLoader> loaders = new ArrayList<>();
        try {
            if (Files.isDirectory(folder)) loaders.add(new FileTemplateLoader(folder.toFile()));
        } catch (IOException e) {
            throw new LayoutException(Messages.get("templates.unreadable", folder, Causes.of(e)), e);
        }
        loaders.add(new ClassTemplateLoader(Layouts.class, "/" + BuiltInTemplates.RESOURCE));
        // every name looked up is recorded, the project's files and the built-in ones alike
        cfg.setTemplateLoader(new RecordingTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)), use));
        cfg.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_35).build());
        // looked up on every use, so that every rendering records what it uses (see RecordingTemplateLoader)
        cfg.setTemplateUpdateDelayMilliseconds(0);
        // a type is templates/<type>.ftlh, nothing else: no individual_zh_CN.ftlh is looked for first
        cfg.setLocalizedLookup(false);
        cfg.setDefaultEncoding("UTF-8");
        cfg.setLocale(Locale.SIMPLIFIED_CHINESE);
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        types = findTypes(templates);
    }

    private static Set<String> findTypes(TemplateSet templates) throws LayoutException {
        try {
            Set<String> found = new TreeSet<>();
            templates.files().keySet().stream()
                    .filter(n -> n.endsWith(EXTENSION) && !n.startsWith("_") && !n.contains("/"))
                    .forEach(n -> found.add(n.substring(0, n.length() - EXTENSION.length())));
            return Set.copyOf(found);
        } catch (IOException e) {
            throw new LayoutException(Messages.get("templates.unreadable", templates.folders().get(0), Causes.of(e)), e);
        }
    }

    /** The document types this folder defines, sorted. */
    public Set<String> types() {
        return new TreeSet<>(types);
    }

    public boolean hasType(String type) {
        return types.contains(type);
    }

    /** The templates these layouts come from. */
    public TemplateSet templates() {
        return templates;
    }

    /** The file that serves template {@code name}, for messages: the project's, or the built-in one. */
    public Path file(String name) {
        return templates.find(name).orElse(templates.folders().get(0).resolve(name));
    }

    /** Renders the layout of the model's report type. */
    public String renderReport(PageModel model) throws LayoutException {
        return render(model.meta().type() + EXTENSION, model);
    }

    /** Parses every type's template, so that one that cannot work is the build's error before any report is rendered. */
    public void checkTypes() throws LayoutException {
        for (String type : types) check(type + EXTENSION);
    }

    /** Loads and parses a template without rendering it, so that a syntax error is found before it is needed. */
    public void check(String name) throws LayoutException {
        template(name);
    }

    /** Renders any template of the folder, by its path relative to it. */
    public String render(String name, Object model) throws LayoutException {
        String before = use.begin(name);
        try {
            Template template = template(name);
            StringWriter out = new StringWriter(16 * 1024);
            template.process(model, out);
            return out.toString();
        } catch (TemplateException e) {
            ParseException broken = parseErrorIn(e);
            if (broken != null) {
                // a template it imports or includes does not parse: name that one, where it is broken
                throw syntaxError(broken, e);
            }
            throw new LayoutException(where(e.getTemplateSourceName(), e.getLineNumber(), e.getColumnNumber())
                    + summary(e.getMessageWithoutStackTop()), e);
        } catch (IOException e) {
            throw new LayoutException(Messages.get("templates.failed-to-render", name, Causes.of(e)), e);
        } finally {
            use.end(before);
        }
    }

    private static ParseException parseErrorIn(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ParseException p) return p;
        }
        return null;
    }

    /** The templates each rendering since the last call used, by the template rendered; see {@link TemplateUse}. */
    public java.util.Map<String, Set<String>> drainUse() {
        return use.drain();
    }

    private Template template(String name) throws LayoutException {
        try {
            return cfg.getTemplate(name);
        } catch (ParseException e) {
            throw syntaxError(e, e);
        } catch (IOException e) {
            throw new LayoutException(Messages.get("templates.template-unreadable", file(name), Causes.of(e)), e);
        }
    }

    /** The template that does not parse, where, and why; {@code cause} is what rendering threw. */
    private LayoutException syntaxError(ParseException broken, Exception cause) {
        return new LayoutException(where(broken.getTemplateName(), broken.getLineNumber(), broken.getColumnNumber())
                + Messages.get("templates.syntax-error", broken.getEditorMessage()), cause);
    }

    private String where(String template, Integer line, Integer column) {
        StringBuilder s = new StringBuilder(file(template == null ? "?" : template).toString());
        if (line != null) s.append(':').append(line);
        if (column != null) s.append(':').append(column);
        return s.append(": ").toString();
    }

    /** FreeMarker's message up to its tips, on one line, without the location we already gave. */
    private static String summary(String s) {
        StringBuilder out = new StringBuilder();
        for (String line : s.strip().split("\n")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("----")) break;
            l = l.replaceFirst("^==>\\s*", "").replaceFirst("\\s*\\[in template .*$", "");
            if (out.length() > 0) out.append(' ');
            out.append(l);
        }
        return out.toString();
    }
}
