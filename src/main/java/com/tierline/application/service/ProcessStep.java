package com.tierline.application.service;

import java.util.Map;

/** What a service step tells the process: the route to take and the variables its timers and tasks read. */
public record ProcessStep(String route, Map<String, Object> variables) {
}
