package com.tierline.shared;

/** The one sentence for a change that lost a race with someone else's: said the same way everywhere. */
public final class ConcurrentChange {

    private ConcurrentChange() {
    }

    /** For one case the reader is looking at, e.g. "Someone else changed TL-2026-000012 at the same moment; …". */
    public static String of(String what) {
        return "Someone else changed " + what + " at the same moment; nothing of yours was saved. Look at the "
                + "latest state and try again.";
    }

    /** When the thing that changed has no name the reader knows. */
    public static String ofRecord() {
        return of("the same record");
    }
}
