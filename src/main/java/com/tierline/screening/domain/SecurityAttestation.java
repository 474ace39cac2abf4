package com.tierline.screening.domain;

/** The data-centre security conditions of Supplement No. 10 to part 748 that a VEU must attest to. */
public enum SecurityAttestation {
    CYBERSECURITY("Cybersecurity at the level of FedRAMP High"),
    PHYSICAL_SECURITY("Physical security of the data centre"),
    PERSONNEL_SECURITY("Personnel security"),
    SUPPLY_CHAIN("Supply-chain security"),
    MODEL_WEIGHT_PROTECTION("Protection of model weights"),
    REPORTING("Reporting to BIS");

    private final String label;

    SecurityAttestation(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
