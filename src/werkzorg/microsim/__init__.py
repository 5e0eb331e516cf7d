"""Population microsimulation: a synthetic population of all Dutch households, calibrated to published totals, run
through the full model in chunks (or on Dask), with reforms compared against a cached baseline. See docs/microsim.md."""
