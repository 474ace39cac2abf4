/**
 * Case notices: tells the exporter's people and the reviewers, in the app and by mail, what happened to a case (a
 * question raised, a reply due or missed, a decision with its letter, an appeal received or decided, a case assigned,
 * a review deadline near). It only listens to the events of the features that act; none of them depends on it.
 */
@org.springframework.modulith.NamedInterface("service")
package com.tierline.caseupdates.service;
