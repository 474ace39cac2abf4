/** The "routed to" line the reviewer's and the auditor's case pages show. */
@org.springframework.modulith.NamedInterface("ui")
package com.tierline.routing.ui;
