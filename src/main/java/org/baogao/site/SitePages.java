package org.baogao.site;

import java.util.List;

/** The models the archive's page templates ({@code templates/site/*.ftlh}) see, one record per page kind. */
public final class SitePages {
    private SitePages() {}

    /**
     * What every page of the archive shows around its content.
     *
     * @param name     the archive's name
     * @param root     the relative path from the page to the site root, {@code ""} or {@code "../../"}
     * @param home     the home page, relative to the root; likewise {@code all} and {@code search}
     * @param listings the page of each taxonomy, in the configured order
     * @param current  this page's path relative to the root, to mark it in the navigation
     */
    public record Frame(String name, String root, String home, String all, String search, List<NavLink> listings,
            String current) {
        public Frame {
            listings = List.copyOf(listings);
        }
    }

    public record NavLink(String label, String href) {}

    /**
     * {@code index.html}: counts, the latest meeting's reports and its bound volume ({@code latestVolume},
     * or null), and the way into every listing.
     */
    public record Home(Frame site, Counts counts, String latestMeeting, VolumeLink latestVolume, List<ArchiveEntry> latest,
            List<Listing> listings) {
        public Home {
            latest = List.copyOf(latest);
            listings = List.copyOf(listings);
        }
    }

    /**
     * @param reports  published reports
     * @param pages    their PDF pages together
     * @param years    distinct years, newest first
     * @param units    distinct units
     * @param authors  distinct authors
     * @param types    reports per type, in the configured order
     */
    public record Counts(int reports, int pages, List<String> years, int units, int authors, List<TypeCount> types) {
        public Counts {
            years = List.copyOf(years);
            types = List.copyOf(types);
        }
    }

    public record TypeCount(String type, String label, int count) {}

    /**
     * A table of reports: every report ({@code browse/index.html}, where {@code listing} and
     * {@code term} are null) or those of one term, with the term's bound volume ({@code volume}, or null)
     * and, for a meeting, its reports' shares against each other ({@code shares}, or null: the
     * archive was not checked, or this is not a meeting's listing).
     */
    public record Reports(Frame site, String heading, Listing listing, Term term, VolumeLink volume, List<ArchiveEntry> reports,
            SharesTable shares) {
        public Reports {
            reports = List.copyOf(reports);
        }
    }

    /** A taxonomy's values with their counts. */
    public record Taxonomy(Frame site, Listing listing) {}

    /**
     * The search page. The filters' options are rendered here; the results, by {@code assets/search.js}.
     *
     * @param index the search index script, relative to the root
     */
    public record Search(Frame site, String index, List<FilterOption> years, List<FilterOption> types,
            List<FilterOption> units) {
        public Search {
            years = List.copyOf(years);
            types = List.copyOf(types);
            units = List.copyOf(units);
        }
    }

    public record FilterOption(String value, String label, int count) {}
}
