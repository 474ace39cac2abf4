package com.tierline.screening.domain;

public enum ItemClass {
    ECCN_3A090_A("3A090.a"), ECCN_3A090_B("3A090.b"), NOT_CONTROLLED("not controlled");

    private final String label;

    ItemClass(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
