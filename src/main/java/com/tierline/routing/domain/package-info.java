/** Routing rules, the default team and each case's routings: rows that are only ever added. */
package com.tierline.routing.domain;
