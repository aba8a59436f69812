package com.abparts.machines.planted.cycle.second;

import com.abparts.machines.planted.cycle.first.First;

/** Planted violation: the other half of a package cycle. */
public class Second {

    First first;
}
