package dev.xborder.tax.pack;

import dev.xborder.core.Checks;

/** Where a rule's figures come from: a document (title, article) and its URL. */
public record Source(String id, String document, String url) {
    public Source {
        Checks.notBlank(id, "source.id");
        Checks.notBlank(document, "source.document");
        Checks.notBlank(url, "source.url");
    }

    /** {@code document <url>}, as shown in explanation traces. */
    public String cite() {
        return document + " <" + url + ">";
    }
}
