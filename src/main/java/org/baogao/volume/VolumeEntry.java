package org.baogao.volume;

import java.nio.file.Path;

import org.baogao.content.FrontMatter;

/**
 * One report to bind: what the volume prints of it and the PDF the build rendered of it.
 *
 * @param path its path below the site, {@code 2023/li-ming}: named in messages, and the last key of the order
 * @param meta its front matter
 * @param pdf  its rendered PDF
 */
public record VolumeEntry(String path, FrontMatter meta, Path pdf) {}
