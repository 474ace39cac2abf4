package com.tierline.screening.domain;

public enum Outcome {
    NOT_CONTROLLED("Not controlled", Route.AUTHORISED),
    AUTHORISED_TIER1("Authorised (Tier 1, License Exception AIA)", Route.AUTHORISED),
    AUTHORISED_LOW_VOLUME("Authorised (low-volume exception)", Route.AUTHORISED),
    AUTHORISED_VEU("Authorised (validated end user)", Route.AUTHORISED),
    LICENCE_REQUIRED("Licence required", Route.REVIEW),
    PRESUMPTION_OF_DENIAL("Presumption of denial", Route.PRESUMED_DENIAL);

    /** Where the licence-application process goes next for this outcome. */
    public enum Route { AUTHORISED, REVIEW, PRESUMED_DENIAL }

    private final String label;
    private final Route route;

    Outcome(String label, Route route) {
        this.label = label;
        this.route = route;
    }

    public String label() {
        return label;
    }

    public Route route() {
        return route;
    }

    public boolean authorised() {
        return route == Route.AUTHORISED;
    }
}
