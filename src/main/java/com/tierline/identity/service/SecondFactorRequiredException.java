package com.tierline.identity.service;

import org.springframework.security.core.AuthenticationException;

/** The password was right but the account signs in with a second factor, which the API does not take. */
public class SecondFactorRequiredException extends AuthenticationException {

    SecondFactorRequiredException() {
        super("This account signs in with a second factor");
    }
}
