package fr.interconnectes.candidatures.testing;

import fr.interconnectes.candidatures.applications.ApplicationFormInput;
import fr.interconnectes.candidatures.domain.DomainException;
import fr.interconnectes.candidatures.domain.Track;
import fr.interconnectes.candidatures.domain.candidacy.ApplicationForm;
import java.util.ArrayList;
import java.util.List;

/**
 * A form as the request's reader would hand it to a use case: one that reads as {@code form}, or one the reader
 * refuses. It remembers for which tracks it was read, so a test can tell whether, and how, the use case read it.
 */
public final class SentForm implements ApplicationFormInput {

    private final ApplicationForm form;
    private final DomainException refusal;
    private final List<Track> reads = new ArrayList<>();

    private SentForm(ApplicationForm form, DomainException refusal) {
        this.form = form;
        this.refusal = refusal;
    }

    public static SentForm of(ApplicationForm form) {
        return new SentForm(form, null);
    }

    /** A body the reader refuses, e.g. with validation_failed and its field errors. */
    public static SentForm refusedWith(DomainException refusal) {
        return new SentForm(null, refusal);
    }

    @Override
    public synchronized ApplicationForm readFor(Track track) {
        reads.add(track);
        if (refusal != null) {
            throw refusal;
        }
        return form;
    }

    /** The tracks it was read for, in order; empty when the use case answered without reading it. */
    public synchronized List<Track> reads() {
        return List.copyOf(reads);
    }
}
