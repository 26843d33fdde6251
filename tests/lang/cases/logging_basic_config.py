# basicConfig(level=...) with the default format, LEVEL:name:message on stderr.
import logging
logging.basicConfig(level=logging.DEBUG)
logging.debug('debug %s', 1)
logging.getLogger('svc').info('started')
logging.getLogger(__name__).warning('main warn')
