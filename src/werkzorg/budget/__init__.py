"""The budget tool: compare ways for a household to divide paid work and care (successor of the WerkZorgBerekenaar)."""
