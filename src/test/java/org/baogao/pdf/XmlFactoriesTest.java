package org.baogao.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;

import org.junit.jupiter.api.Test;

class XmlFactoriesTest {

    /** The tests' class path has a provider of transformers (Saxon): that one is left to the search. */
    @Test
    void theFactoriesAreNamedOnlyWhenTheSearchFindsTheJvmsOwnAndStayTheSame() {
        Class<?> transformer = TransformerFactory.newInstance().getClass();
        Class<?> builder = DocumentBuilderFactory.newInstance().getClass();
        XmlFactories.name();
        assertThat(TransformerFactory.newInstance().getClass()).isEqualTo(transformer);
        assertThat(DocumentBuilderFactory.newInstance().getClass()).isEqualTo(builder);
        assertThat(System.getProperty("javax.xml.transform.TransformerFactory"))
                .isEqualTo(transformer == TransformerFactory.newDefaultInstance().getClass() ? transformer.getName() : null);
        assertThat(System.getProperty("javax.xml.parsers.DocumentBuilderFactory"))
                .isEqualTo(builder == DocumentBuilderFactory.newDefaultInstance().getClass() ? builder.getName() : null);
    }

    @Test
    void aNameGivenBeforeIsKeptAndAFactoryNotTheJvmsIsNotNamed() {
        String property = "org.baogao.pdf.XmlFactoriesTest.factory";
        try {
            System.setProperty(property, "example.Given");
            XmlFactories.name(property, StringBuilder::new, StringBuilder::new);
            assertThat(System.getProperty(property)).isEqualTo("example.Given");
            System.clearProperty(property);
            // a provider on the class path, not the JVM's own: the search must go on finding it
            XmlFactories.name(property, StringBuilder::new, String::new);
            assertThat(System.getProperty(property)).isNull();
            XmlFactories.name(property, StringBuilder::new, StringBuilder::new);
            assertThat(System.getProperty(property)).isEqualTo(StringBuilder.class.getName());
        } finally {
            System.clearProperty(property);
        }
    }
}
