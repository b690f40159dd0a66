package org.baogao.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

class PdfsAheadTest {

    @Test
    void keepsTheSavedReportsPdfsUntilTheirBuildHasFinished() {
        PdfsAhead ahead = new PdfsAhead();
        byte[] b = {1, 2, 3};
        ahead.made("2023/b/b.pdf", b);
        assertThat(ahead.get("/2023/b/b.pdf")).as("no build under way").isNull();

        ahead.building(Set.of(LiveSite.pdfOf("2023/b.md")));
        ahead.made("2023/a/a.pdf", new byte[] {9});
        ahead.made("2023/b/b.pdf", b);

        assertThat(ahead.get("/2023/b/b.pdf")).isEqualTo(b);
        assertThat(ahead.get("/2023/a/a.pdf")).as("not a saved report's: a whole build keeps no PDF in memory").isNull();

        ahead.built();
        assertThat(ahead.get("/2023/b/b.pdf")).as("published by now").isNull();
        ahead.made("2023/b/b.pdf", b);
        assertThat(ahead.get("/2023/b/b.pdf")).as("told after its build").isNull();
    }
}
