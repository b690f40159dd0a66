package org.baogao.importer;

import java.util.List;

/**
 * Front matter that a Word document's properties hold (文件 → 信息 → 属性), as baogao writes them.
 *
 * @param unit    the unit (单位, Word's 公司), or null
 * @param meeting the meeting (Word's 主题), or null
 * @param tags    the tags (Word's 关键词); empty when none
 */
record DocumentFields(String unit, String meeting, List<String> tags) {

    static final DocumentFields NONE = new DocumentFields(null, null, List.of());

    DocumentFields {
        tags = List.copyOf(tags);
    }
}
