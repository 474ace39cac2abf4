package com.tierline.routing.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RoutingRuleRepository extends JpaRepository<RoutingRule, Long> {

    /** The newest version of every rule, in routing order. */
    @Query("select r from RoutingRule r where r.version = (select max(o.version) from RoutingRule o "
            + "where o.ruleKey = r.ruleKey) order by r.position, r.id")
    List<RoutingRule> current();

    Optional<RoutingRule> findFirstByRuleKeyOrderByVersionDesc(String ruleKey);
}
