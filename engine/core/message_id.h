/* Per-recipient identifiers (the JSON `message-id`, the 250 reply). */
#ifndef MXQ_MESSAGE_ID_H
#define MXQ_MESSAGE_ID_H

#include <mxq/mxq.h>

#define MXQ_MESSAGE_ID_SIZE 48

void mxq_next_message_id(struct mxq_id_source *ids,
                         char out[MXQ_MESSAGE_ID_SIZE]);

#endif
