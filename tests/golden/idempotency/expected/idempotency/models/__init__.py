"""Every model of the Jobs Demo client."""

from .get_status_response import GetStatusResponse
from .job import Job
from .job_request import JobRequest

__all__ = [
    "GetStatusResponse",
    "Job",
    "JobRequest",
]
