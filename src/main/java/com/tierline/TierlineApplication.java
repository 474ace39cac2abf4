package com.tierline;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class TierlineApplication {

    public static void main(String[] args) {
        SpringApplication.run(TierlineApplication.class, args);
    }
}
