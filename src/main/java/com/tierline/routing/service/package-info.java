/** Which team takes a filed case: the administrator's ordered rules, first match wins, else the default team. */
@org.springframework.modulith.NamedInterface("service")
package com.tierline.routing.service;
