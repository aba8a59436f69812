package com.abparts.machines.planted.cycle.first;

import com.abparts.machines.planted.cycle.second.Second;

/** Planted violation: one half of a package cycle. */
public class First {

    Second second;
}
